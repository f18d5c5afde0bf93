#pragma once

#include <QString>

namespace renkei::bench {

// renkei-bench members-view: the members section itself on a large database (made with `generate`),
// as the organiser meets it: the first screen after opening the file, the list's reset for each search
// keystroke, sorting by each column, scrolling a few pages, the editor opening, and the peak memory of
// the whole GUI with that database open. Needs the GUI build.
int runMembersView(const QString &databasePath);

} // namespace renkei::bench
