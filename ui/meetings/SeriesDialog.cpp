#include "SeriesDialog.h"

#include "core/model/Meeting.h"
#include "core/storage/SeriesRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace renkei {

namespace {

QTimeEdit *timeBox(QWidget *parent, const QString &name, const QTime &time)
{
    auto *box = new QTimeEdit(time, parent);
    box->setObjectName(name);
    box->setDisplayFormat(QStringLiteral("HH:mm"));
    return box;
}

} // namespace

SeriesDialog::SeriesDialog(Database &db, const Series &series, QWidget *parent)
    : QDialog(parent), m_db(db), m_original(series)
{
    setObjectName(QStringLiteral("seriesDialog"));
    setWindowTitle(series.id == 0 ? tr("New Meeting Series") : tr("Edit %1").arg(series.name));

    m_name = new QLineEdit(series.name, this);
    m_name->setObjectName(QStringLiteral("seriesName"));
    m_name->setPlaceholderText(tr("such as みなと坂医介連"));
    m_firstNumber = new QSpinBox(this);
    m_firstNumber->setObjectName(QStringLiteral("seriesFirstNumber"));
    m_firstNumber->setRange(1, 9999);
    m_firstNumber->setValue(std::max(1, series.firstNumber));
    m_firstNumberText = new QLabel(this);
    m_firstNumberText->setObjectName(QStringLiteral("seriesFirstNumberText"));
    auto showFirstNumber = [this] {
        Meeting first;
        first.number = m_firstNumber->value();
        //: Next to the number a series' meetings start from; %1 is 第N回 / No. N
        m_firstNumberText->setText(tr("its first meeting here is %1").arg(first.numberLabel()));
    };
    connect(m_firstNumber, &QSpinBox::valueChanged, this, showFirstNumber);
    showFirstNumber();
    m_firstNumber->setToolTip(tr("For a network that met before Renkei: the number its first meeting here "
                                 "takes."));
    m_venue = new QLineEdit(series.defaultVenue, this);
    m_venue->setObjectName(QStringLiteral("seriesVenue"));
    m_address = new QLineEdit(series.defaultAddress, this);
    m_address->setObjectName(QStringLiteral("seriesAddress"));
    m_hasTimes = new QCheckBox(tr("&Times:"), this);
    m_hasTimes->setObjectName(QStringLiteral("seriesHasTimes"));
    m_hasTimes->setChecked(series.defaultStart.isValid());
    m_hasTimes->setToolTip(tr("The usual start and end time of a meeting."));
    m_start = timeBox(this, QStringLiteral("seriesStart"),
                      series.defaultStart.isValid() ? series.defaultStart : QTime(19, 0));
    m_end = timeBox(this, QStringLiteral("seriesEnd"),
                    series.defaultEnd.isValid() ? series.defaultEnd : QTime(20, 30));
    m_start->setAccessibleName(tr("Start time"));
    m_end->setAccessibleName(tr("End time"));
    m_fee = new QSpinBox(this);
    m_fee->setObjectName(QStringLiteral("seriesFee"));
    m_fee->setRange(0, 1000000);
    m_fee->setSingleStep(500);
    m_fee->setGroupSeparatorShown(true);
    //: After an amount of money; Japanese: 円
    m_fee->setSuffix(tr(" yen"));
    m_fee->setValue(std::max(0, series.defaultFee));
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("seriesCapacity"));
    m_capacity->setRange(0, 100000);
    m_capacity->setSpecialValueText(tr("no limit"));
    m_capacity->setValue(series.defaultCapacity.value_or(0));
    m_notes = new QPlainTextEdit(series.notes, this);
    m_notes->setObjectName(QStringLiteral("seriesNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto *times = new QWidget(this);
    auto *timesLayout = new QHBoxLayout(times);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    timesLayout->addWidget(m_start);
    timesLayout->addWidget(new QLabel(QStringLiteral("–"), times));
    timesLayout->addWidget(m_end);
    timesLayout->addStretch(1);
    times->setFocusProxy(m_start);

    auto *numbering = new QWidget(this);
    auto *numberingLayout = new QHBoxLayout(numbering);
    numberingLayout->setContentsMargins(0, 0, 0, 0);
    numberingLayout->addWidget(m_firstNumber);
    numberingLayout->addWidget(m_firstNumberText, 1);
    numbering->setFocusProxy(m_firstNumber);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_errors.addRow(form, tr("Na&me:"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("&Numbering starts at:"), numbering, QStringLiteral("first_number"));
    m_errors.addRow(form, tr("&Venue:"), m_venue, QStringLiteral("default_venue"));
    m_errors.addRow(form, tr("Add&ress:"), m_address, QStringLiteral("default_address"));
    form->addRow(m_hasTimes, m_errors.wrap(times, QStringLiteral("default_end"), this));
    m_errors.addRow(form, tr("&Fee:"), m_fee, QStringLiteral("default_fee"));
    m_errors.addRow(form, tr("Ca&pacity:"), m_capacity, QStringLiteral("default_capacity"));
    m_errors.addRow(form, tr("N&otes:"), m_notes, QStringLiteral("notes"));
    m_generalError = m_errors.generalLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("seriesSave"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("seriesCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SeriesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SeriesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    // The tab order follows the form, then Save and Cancel.
    QWidget *order[] = {m_name, m_firstNumber, m_venue,    m_address, m_hasTimes, m_start,
                        m_end,  m_fee,         m_capacity, m_notes,   m_save,     cancel};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    // After a first attempt to save, what is wrong is checked again as it is being fixed.
    auto recheck = [this] {
        if (m_attempted)
            m_errors.check(SeriesRepository(m_db).validate(this->series()), false);
    };
    connect(m_name, &QLineEdit::textChanged, this, recheck);
    connect(m_hasTimes, &QCheckBox::toggled, this, recheck);
    connect(m_start, &QTimeEdit::timeChanged, this, recheck);
    connect(m_end, &QTimeEdit::timeChanged, this, recheck);
    connect(m_hasTimes, &QCheckBox::toggled, this, &SeriesDialog::timesToggled);
    timesToggled();

    setMinimumWidth(480);
    m_name->setFocus();
}

void SeriesDialog::timesToggled()
{
    m_start->setEnabled(m_hasTimes->isChecked());
    m_end->setEnabled(m_hasTimes->isChecked());
}

Series SeriesDialog::series() const
{
    Series s = m_original;
    s.name = m_name->text().trimmed();
    s.firstNumber = m_firstNumber->value();
    s.defaultVenue = m_venue->text().trimmed();
    s.defaultAddress = m_address->text().trimmed();
    s.defaultStart = m_hasTimes->isChecked() ? m_start->time() : QTime();
    s.defaultEnd = m_hasTimes->isChecked() ? m_end->time() : QTime();
    s.defaultFee = m_fee->value();
    s.defaultCapacity = m_capacity->value() > 0 ? std::optional<int>(m_capacity->value()) : std::nullopt;
    s.notes = m_notes->toPlainText();
    return s;
}

void SeriesDialog::accept()
{
    m_attempted = true;
    const Series edited = series();
    SeriesRepository repository(m_db);
    if (!m_errors.check(repository.validate(edited)))
        return;
    if (edited.id == 0) {
        Result<qint64> added = repository.add(edited);
        if (!added) {
            m_errors.check({added.error()});
            return;
        }
        m_savedId = *added;
    } else {
        if (Status saved = repository.update(edited); !saved) {
            m_errors.check({saved.error()});
            return;
        }
        m_savedId = edited.id;
    }
    QDialog::accept();
}

} // namespace renkei
