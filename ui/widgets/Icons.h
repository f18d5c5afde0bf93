#pragma once

#include <QIcon>

namespace renkei {

// Renkei's own icons, drawn with QPainter at whatever size is asked for, so they stay sharp
// on any screen and need no image-format plug-in (Debian's Qt has no SVG support by default).
class Icons
{
public:
    static QIcon application();
    static QIcon members();
    static QIcon meetings();
    static QIcon reports();
    static QIcon settings();
};

} // namespace renkei
