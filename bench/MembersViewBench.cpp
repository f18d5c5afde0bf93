#include "MembersViewBench.h"

#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/SectionView.h"
#include "ui/members/MemberEditor.h"
#include "ui/members/MemberFilterBar.h"
#include "ui/members/MemberTableModel.h"
#include "ui/members/MembersView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

namespace renkei::bench {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int runMembersView(const QString &databasePath)
{
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    const double startMb = peakRssMb();

    MainWindow window(settings);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();

    // Where opening goes, part by part: the file itself, then each section taking the database (as they
    // do when a file is opened, before the members view is shown).
    QElapsedTimer timer;
    {
        timer.start();
        auto probe = Database::open(databasePath, Database::OpenMode::OpenExisting);
        if (!probe) {
            out() << probe.error().toString() << '\n';
            return 1;
        }
        QStringList parts{QStringLiteral("the file %1").arg(elapsedMs(timer), 0, 'f', 0)};
        for (SectionView *section : window.findChildren<SectionView *>()) {
            timer.restart();
            section->setDatabase(probe->get());
            parts << QStringLiteral("%1 %2").arg(section->objectName()).arg(elapsedMs(timer), 0, 'f', 0);
            section->setDatabase(nullptr);
        }
        out() << QStringLiteral("opening, by part (ms): %1\n").arg(parts.join(QStringLiteral(", ")));
    }

    // Opening the file until the members view has painted its first screen.
    timer.restart();
    if (!window.openFile(databasePath)) {
        out() << QStringLiteral("could not open %1\n").arg(databasePath);
        return 1;
    }
    auto *view = window.findChild<MembersView *>(QStringLiteral("membersView"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("memberTable"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("memberSearch"));
    if (!view || !table || !search)
        return 1;
    QApplication::processEvents();
    table->viewport()->repaint();
    const double firstScreenMs = elapsedMs(timer);
    MemberTableModel *model = view->model();
    out() << QStringLiteral("members view: %1 members; open the file and show the first screen (%2 rows "
                            "fetched): %3 ms\n")
                 .arg(model->totalCount())
                 .arg(model->rowCount())
                 .arg(firstScreenMs, 0, 'f', 1);

    // Each keystroke as typed: the filter applied (count, first page, model reset) and the table repainted.
    const QStringList typed = {
        QStringLiteral("や"),        QStringLiteral("やま"),    QStringLiteral("やまだ"),
        QStringLiteral("ヤマダ タ"), QStringLiteral("ﾀﾛｳ"),     QStringLiteral("事業所"),
        QStringLiteral("事業所001"), QStringLiteral("member1"), QStringLiteral("さ"),
        QStringLiteral("ささき"),    QStringLiteral("zz"),      QString()};
    QList<double> keystrokeMs;
    for (int round = 0; round < 5; ++round) {
        for (const QString &text : typed) {
            search->setText(text);
            timer.restart();
            emit search->returnPressed(); // searches at once instead of after the typing pause
            table->viewport()->repaint();
            keystrokeMs << elapsedMs(timer);
        }
    }
    out() << QStringLiteral(
                 "search keystroke (filter, model reset, repaint): median %1 ms, max %2 ms over %3\n")
                 .arg(median(keystrokeMs), 0, 'f', 1)
                 .arg(maximum(keystrokeMs), 0, 'f', 1)
                 .arg(keystrokeMs.size());

    // The same keystrokes as the user sees them: typed, then the pause that grows with the search's
    // cost (see MemberFilterBar::searchDelayMs), the search and the repaint.
    QList<double> seenMs;
    QList<int> pauses;
    for (int round = 0; round < 3; ++round) {
        for (const QString &text : typed) {
            QEventLoop loop;
            const QMetaObject::Connection done =
                QObject::connect(model, &QAbstractItemModel::modelReset, &loop, &QEventLoop::quit);
            QTimer::singleShot(2000, &loop, &QEventLoop::quit);
            timer.restart();
            search->setText(text);
            loop.exec();
            QObject::disconnect(done);
            table->viewport()->repaint();
            seenMs << elapsedMs(timer);
            pauses << view->findChild<MemberFilterBar *>()->searchDelay();
        }
    }
    std::sort(pauses.begin(), pauses.end());
    out() << QStringLiteral(
                 "search keystroke as seen (pause, search, repaint): median %1 ms, max %2 ms over %3; "
                 "pause %4 ms at the median\n")
                 .arg(median(seenMs), 0, 'f', 1)
                 .arg(maximum(seenMs), 0, 'f', 1)
                 .arg(seenMs.size())
                 .arg(pauses.at(pauses.size() / 2));

    // Sorting by each column: the database's first page in the new order.
    QStringList sorts;
    for (int column = 0; column < MemberTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.restart();
            table->sortByColumn(column, order);
            table->viewport()->repaint();
            sorts << QStringLiteral("%1%2 %3")
                         .arg(model->headerData(column, Qt::Horizontal).toString(),
                              order == Qt::AscendingOrder ? QStringLiteral("↑") : QStringLiteral("↓"))
                         .arg(elapsedMs(timer), 0, 'f', 0);
        }
    }
    table->sortByColumn(MemberTableModel::KanaColumn, Qt::AscendingOrder);
    out() << QStringLiteral("sort by a column (ms): %1\n").arg(sorts.join(QStringLiteral(", ")));

    // Scrolling to the end of what is fetched, ten times: a page at a time, never every row.
    QList<double> pageMs;
    for (int i = 0; i < 10; ++i) {
        timer.restart();
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QApplication::processEvents();
        table->viewport()->repaint();
        pageMs << elapsedMs(timer);
    }
    out() << QStringLiteral(
                 "scrolling: %1 of %2 rows held after ten scrolls to the end; median %3 ms a scroll\n")
                 .arg(model->rowCount())
                 .arg(model->totalCount())
                 .arg(median(pageMs), 0, 'f', 1);

    // The editor of the first member, with every organisation in its list.
    table->scrollToTop();
    view->selectMember(model->memberAt(0)->id);
    timer.restart();
    view->editMember();
    auto *editor = view->findChild<MemberEditor *>();
    QApplication::processEvents();
    if (editor)
        editor->repaint();
    out() << QStringLiteral("member editor opens in %1 ms\n").arg(elapsedMs(timer), 0, 'f', 1);
    if (editor)
        editor->reject();
    QApplication::processEvents();

    out() << QStringLiteral("peak RSS of the GUI: %1 MB (%2 MB before the window)\n")
                 .arg(peakRssMb(), 0, 'f', 1)
                 .arg(startMb, 0, 'f', 1);
    window.closeFile();
    return 0;
}

} // namespace renkei::bench
