#pragma once

#include <QWidget>

namespace renkei {

// What the window shows while no database is open: what a database is, and the two ways to get one.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

signals:
    void newRequested();
    void openRequested();
};

} // namespace renkei
