#include "ScheduleRuleEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>

namespace renkei {

namespace {

constexpr int twiceAMonth = 0; // the frequency combo's data for twice a month

QComboBox *weekCombo(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    for (int week : {1, 2, 3, 4, 5, int(ScheduleRule::last)})
        combo->addItem(ScheduleRule::weekOrdinal(week), week);
    return combo;
}

QSpinBox *dayBox(QWidget *parent, const QString &name, int value)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 31);
    //: A day-of-month box at 0; Japanese: 末日
    box->setSpecialValueText(ScheduleRuleEditor::tr("last day"));
    box->setValue(value);
    return box;
}

QTimeEdit *timeBox(QWidget *parent, const QString &name, const QTime &time)
{
    auto *box = new QTimeEdit(time, parent);
    box->setObjectName(name);
    box->setDisplayFormat(QStringLiteral("HH:mm"));
    return box;
}

int dayValue(const QSpinBox *box)
{
    return box->value() == 0 ? ScheduleRule::last : box->value();
}

} // namespace

ScheduleRuleEditor::ScheduleRuleEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scheduleRuleEditor"));

    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("ruleFrequency"));
    m_frequency->addItem(tr("Monthly"), 1);
    m_frequency->addItem(tr("Every 2 months"), 2);
    m_frequency->addItem(tr("Every 3 months"), 3);
    m_frequency->addItem(tr("Every 4 months"), 4);
    m_frequency->addItem(tr("Every 6 months"), 6);
    m_frequency->addItem(tr("Once a year"), 12);
    m_frequency->addItem(tr("Twice a month"), twiceAMonth);

    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("ruleMonth"));
    m_month->addItem(tr("continuing from the last meeting"), 0);
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(tr("meeting in %1, ...").arg(QLocale().standaloneMonthName(month)), month);

    m_onWeekday = new QRadioButton(tr("On the"), this);
    m_onWeekday->setObjectName(QStringLiteral("ruleOnWeekday"));
    m_onDay = new QRadioButton(tr("On day"), this);
    m_onDay->setObjectName(QStringLiteral("ruleOnDay"));
    m_onWeekday->setChecked(true);
    m_week1 = weekCombo(this, QStringLiteral("ruleWeek"));
    m_week1->setCurrentIndex(1);
    m_week2 = weekCombo(this, QStringLiteral("ruleSecondWeek"));
    m_week2->setCurrentIndex(3);
    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("ruleWeekday"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_weekday->setCurrentIndex(1);
    m_day1 = dayBox(this, QStringLiteral("ruleDay"), 15);
    m_day2 = dayBox(this, QStringLiteral("ruleSecondDay"), 0);

    m_seriesTimes = new QCheckBox(tr("The series' times"), this);
    m_seriesTimes->setObjectName(QStringLiteral("ruleSeriesTimes"));
    m_start = timeBox(this, QStringLiteral("ruleStart"), QTime(19, 0));
    m_end = timeBox(this, QStringLiteral("ruleEnd"), QTime(20, 30));

    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("rulePolicy"));
    for (HolidayPolicy policy :
         {HolidayPolicy::NextBusinessDay, HolidayPolicy::PreviousBusinessDay, HolidayPolicy::Skip})
        m_policy->addItem(holidayPolicyLabel(policy), holidayPolicyKey(policy));

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("ruleText"));
    m_text->setToolTip(ScheduleRule::syntaxHelp());
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("ruleDescription"));
    m_description->setWordWrap(true);
    QFont bold = m_description->font();
    bold.setBold(true);
    m_description->setFont(bold);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ruleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *often = new QHBoxLayout;
    often->addWidget(m_frequency);
    often->addWidget(m_month);
    often->addStretch(1);
    auto *weekRow = new QHBoxLayout;
    weekRow->addWidget(m_onWeekday);
    weekRow->addWidget(m_week1);
    weekRow->addWidget(m_week2);
    weekRow->addWidget(m_weekday);
    weekRow->addStretch(1);
    auto *dayRow = new QHBoxLayout;
    dayRow->addWidget(m_onDay);
    dayRow->addWidget(m_day1);
    dayRow->addWidget(m_day2);
    dayRow->addStretch(1);
    auto *times = new QHBoxLayout;
    times->addWidget(m_seriesTimes);
    times->addWidget(m_start);
    times->addWidget(new QLabel(QStringLiteral("–"), this));
    times->addWidget(m_end);
    times->addStretch(1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("How often:"), often);
    form->addRow(tr("Which day:"), weekRow);
    form->addRow(QString(), dayRow);
    form->addRow(tr("Times:"), times);
    form->addRow(tr("On a holiday:"), m_policy);
    form->addRow(tr("As text:"), m_text);
    form->addRow(m_description);
    form->addRow(m_error);

    for (QComboBox *combo : {m_frequency, m_month, m_week1, m_week2, m_weekday, m_policy})
        connect(combo, &QComboBox::currentIndexChanged, this, &ScheduleRuleEditor::controlsChanged);
    for (QSpinBox *box : {m_day1, m_day2})
        connect(box, &QSpinBox::valueChanged, this, &ScheduleRuleEditor::controlsChanged);
    for (QTimeEdit *box : {m_start, m_end})
        connect(box, &QTimeEdit::timeChanged, this, &ScheduleRuleEditor::controlsChanged);
    connect(m_onWeekday, &QRadioButton::toggled, this, &ScheduleRuleEditor::controlsChanged);
    connect(m_seriesTimes, &QCheckBox::toggled, this, &ScheduleRuleEditor::controlsChanged);
    connect(m_text, &QLineEdit::editingFinished, this, &ScheduleRuleEditor::textEdited);
    m_text->installEventFilter(this);

    updateControls();
}

ScheduleRule ScheduleRuleEditor::rule() const
{
    ScheduleRule rule;
    const int often = m_frequency->currentData().toInt();
    const bool twice = often == twiceAMonth;
    rule.frequency = twice ? ScheduleRule::Frequency::TwiceAMonth : ScheduleRule::Frequency::EveryMonths;
    rule.interval = twice ? 1 : often;
    rule.anchorMonth = !twice && often > 1 ? m_month->currentData().toInt() : 0;
    if (m_onWeekday->isChecked()) {
        rule.weeks << m_week1->currentData().toInt();
        if (twice)
            rule.weeks << m_week2->currentData().toInt();
        rule.weekday = Qt::DayOfWeek(m_weekday->currentData().toInt());
    } else {
        rule.days << dayValue(m_day1);
        if (twice)
            rule.days << dayValue(m_day2);
    }
    if (!m_seriesTimes->isChecked()) {
        rule.start = m_start->time();
        rule.end = m_end->time();
    }
    rule.holidayPolicy =
        holidayPolicyFromKey(m_policy->currentData().toString()).value_or(HolidayPolicy::Skip);
    return rule;
}

void ScheduleRuleEditor::setRule(const ScheduleRule &rule)
{
    m_updating = true;
    const int often = rule.frequency == ScheduleRule::Frequency::TwiceAMonth ? twiceAMonth : rule.interval;
    m_frequency->setCurrentIndex(std::max(0, m_frequency->findData(often)));
    m_month->setCurrentIndex(std::max(0, m_month->findData(rule.anchorMonth)));
    m_onWeekday->setChecked(!rule.weeks.isEmpty() || rule.days.isEmpty());
    m_onDay->setChecked(rule.weeks.isEmpty() && !rule.days.isEmpty());
    if (!rule.weeks.isEmpty()) {
        m_week1->setCurrentIndex(std::max(0, m_week1->findData(rule.weeks.first())));
        if (rule.weeks.size() > 1)
            m_week2->setCurrentIndex(std::max(0, m_week2->findData(rule.weeks.at(1))));
        m_weekday->setCurrentIndex(std::max(0, m_weekday->findData(int(rule.weekday))));
    }
    if (!rule.days.isEmpty()) {
        m_day1->setValue(rule.days.first() == ScheduleRule::last ? 0 : rule.days.first());
        if (rule.days.size() > 1)
            m_day2->setValue(rule.days.at(1) == ScheduleRule::last ? 0 : rule.days.at(1));
    }
    m_seriesTimes->setChecked(!rule.start.isValid());
    if (rule.start.isValid())
        m_start->setTime(rule.start);
    if (rule.end.isValid())
        m_end->setTime(rule.end);
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(holidayPolicyKey(rule.holidayPolicy))));
    m_updating = false;
    updateControls();
}

void ScheduleRuleEditor::setSeriesTimes(const QTime &start, const QTime &end)
{
    if (!m_seriesTimes->isChecked())
        return;
    m_updating = true;
    if (start.isValid())
        m_start->setTime(start);
    if (end.isValid())
        m_end->setTime(end);
    m_updating = false;
}

void ScheduleRuleEditor::updateControls()
{
    const int often = m_frequency->currentData().toInt();
    const bool twice = often == twiceAMonth;
    m_month->setVisible(!twice && often > 1);
    m_week2->setVisible(twice);
    m_day2->setVisible(twice);
    const bool weekdays = m_onWeekday->isChecked();
    m_week1->setEnabled(weekdays);
    m_week2->setEnabled(weekdays);
    m_weekday->setEnabled(weekdays);
    m_day1->setEnabled(!weekdays);
    m_day2->setEnabled(!weekdays);
    m_start->setEnabled(!m_seriesTimes->isChecked());
    m_end->setEnabled(!m_seriesTimes->isChecked());

    const ScheduleRule current = rule();
    const QList<Error> errors = current.validate();
    if (!m_text->hasFocus())
        m_text->setText(current.toString());
    m_description->setText(errors.isEmpty() ? current.describe() : QString());
    m_error->setText(errors.isEmpty() ? QString() : errors.first().message);
    m_error->setVisible(!errors.isEmpty());
}

void ScheduleRuleEditor::controlsChanged()
{
    if (m_updating)
        return;
    updateControls();
    emit ruleChanged();
}

bool ScheduleRuleEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            textEdited();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScheduleRuleEditor::textEdited()
{
    const QString text = m_text->text();
    if (text == rule().toString())
        return;
    Result<ScheduleRule> parsed = ScheduleRule::parse(text);
    if (!parsed) {
        m_error->setText(parsed.error().message);
        m_error->show();
        return;
    }
    setRule(*parsed);
    m_text->setText(parsed->toString());
    emit ruleChanged();
}

} // namespace renkei
