#include "StartPage.h"

#include "ui/widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace renkei {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::application().pixmap(72, 72));
    icon->setAlignment(Qt::AlignHCenter);

    auto *title = new QLabel(tr("No database is open"), this);
    title->setObjectName(QStringLiteral("startPageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    auto *explanation = new QLabel(tr("A Renkei database is one file that holds your network's members, "
                                      "meetings and attendance. Create a new one, or open a file you "
                                      "already have."),
                                   this);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignHCenter);
    explanation->setMaximumWidth(480);
    // Centred by stretches rather than an alignment flag, so that its height follows its wrapped width.
    auto *explanationRow = new QHBoxLayout;
    explanationRow->addStretch();
    explanationRow->addWidget(explanation, 1);
    explanationRow->addStretch();

    auto *newButton = new QPushButton(tr("New database…"), this);
    newButton->setObjectName(QStringLiteral("newDatabaseButton"));
    newButton->setDefault(true);
    auto *openButton = new QPushButton(tr("Open…"), this);
    openButton->setObjectName(QStringLiteral("openDatabaseButton"));
    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch();
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addLayout(explanationRow);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(3);

    setFocusProxy(newButton);
}

} // namespace renkei
