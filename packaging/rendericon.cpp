// genlab-render-icon SVG OUT.png SIZE: the studio's icon as a SIZE x SIZE PNG for the hicolor
// icon theme, drawn at build time so no binary PNG lives in the repository.
// Debian's Qt SVG module is not among the build dependencies, so this draws the small subset of
// SVG the icon uses (rect, circle, ellipse, path with M/L/H/V/C/Q/Z, g, solid colours). Anything
// else fails the build with the file, line and construct, never a silently wrong icon.
// Thread: main only (a command-line tool).
#include <QColor>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cstdio>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct IconStyle
{
    QColor fill = Qt::black;
    QColor stroke = Qt::transparent;
    double strokeWidth = 1.0;
    Qt::PenJoinStyle join = Qt::MiterJoin;
    Qt::PenCapStyle cap = Qt::FlatCap;
};

class IconSvgError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

[[noreturn]] void failAt(const QString &file, const QXmlStreamReader &xml, const QString &what)
{
    throw IconSvgError(QStringLiteral("%1:%2: %3").arg(file).arg(xml.lineNumber()).arg(what).toStdString());
}

QColor parseIconColour(const QString &file, const QXmlStreamReader &xml, const QString &value)
{
    if (value == QLatin1String("none"))
        return Qt::transparent;
    const QColor c = QColor::fromString(value);
    if (!c.isValid())
        failAt(file, xml, QStringLiteral("colour \"%1\" is not a colour this renderer knows (#rgb, #rrggbb or a name)").arg(value));
    return c;
}

double parseIconNumber(const QString &file, const QXmlStreamReader &xml, const QString &name, const QString &value)
{
    bool ok = false;
    const double v = value.trimmed().toDouble(&ok);
    if (!ok)
        failAt(file, xml, QStringLiteral("%1=\"%2\" is not a plain number").arg(name, value));
    return v;
}

// Path data: the commands the icon needs, absolute and relative.
QPainterPath parseIconPath(const QString &file, const QXmlStreamReader &xml, const QString &d)
{
    QPainterPath path;
    std::vector<double> args;
    QChar command;
    QPointF current;
    QPointF start;
    auto flush = [&]() {
        if (command.isNull())
            return;
        const bool rel = command.isLower();
        const QChar c = command.toUpper();
        const int arity = c == QLatin1Char('M') || c == QLatin1Char('L') ? 2
                          : c == QLatin1Char('H') || c == QLatin1Char('V') ? 1
                          : c == QLatin1Char('C') ? 6
                          : c == QLatin1Char('Q') ? 4
                                                  : 0;
        if (c == QLatin1Char('Z')) {
            path.closeSubpath();
            current = start;
            args.clear();
            return;
        }
        if (arity == 0)
            failAt(file, xml, QStringLiteral("path command '%1' is not supported (only M, L, H, V, C, Q, Z)").arg(command));
        if (args.empty() || args.size() % size_t(arity) != 0)
            failAt(file, xml, QStringLiteral("path command '%1' has %2 numbers, not a multiple of %3").arg(command).arg(args.size()).arg(arity));
        for (size_t i = 0; i < args.size(); i += size_t(arity)) {
            const QPointF base = rel ? current : QPointF();
            auto pt = [&](size_t k) { return base + QPointF(args[i + k], args[i + k + 1]); };
            if (c == QLatin1Char('M')) {
                // Pairs after the first moveto are implicit linetos (SVG's rule).
                if (i == 0) {
                    current = start = pt(0);
                    path.moveTo(current);
                } else {
                    current = pt(0);
                    path.lineTo(current);
                }
            } else if (c == QLatin1Char('L')) {
                current = pt(0);
                path.lineTo(current);
            } else if (c == QLatin1Char('H')) {
                current.setX((rel ? current.x() : 0.0) + args[i]);
                path.lineTo(current);
            } else if (c == QLatin1Char('V')) {
                current.setY((rel ? current.y() : 0.0) + args[i]);
                path.lineTo(current);
            } else if (c == QLatin1Char('C')) {
                const QPointF c1 = pt(0), c2 = pt(2), end = pt(4);
                path.cubicTo(c1, c2, end);
                current = end;
            } else {
                const QPointF c1 = pt(0), end = pt(2);
                path.quadTo(c1, end);
                current = end;
            }
        }
        args.clear();
    };
    qsizetype i = 0;
    while (i < d.size()) {
        const QChar ch = d.at(i);
        if (ch.isSpace() || ch == QLatin1Char(',')) {
            ++i;
        } else if (ch.isLetter() && ch != QLatin1Char('e') && ch != QLatin1Char('E')) {
            flush();
            command = ch;
            ++i;
        } else {
            qsizetype j = i + 1;
            while (j < d.size() && (d.at(j).isDigit() || d.at(j) == QLatin1Char('.') || d.at(j) == QLatin1Char('e') ||
                                    d.at(j) == QLatin1Char('E') ||
                                    ((d.at(j) == QLatin1Char('-') || d.at(j) == QLatin1Char('+')) &&
                                     (d.at(j - 1) == QLatin1Char('e') || d.at(j - 1) == QLatin1Char('E')))))
                ++j;
            if (command.isNull())
                failAt(file, xml, QStringLiteral("path data starts with a number, not a command"));
            args.push_back(parseIconNumber(file, xml, QStringLiteral("d"), d.mid(i, j - i)));
            i = j;
        }
    }
    flush();
    return path;
}

// Applies the presentation attributes the icon uses; anything else that would change the picture fails.
void applyIconAttributes(const QString &file, const QXmlStreamReader &xml, const QStringList &geometry, IconStyle *style)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        const QString name = a.qualifiedName().toString();
        const QString value = a.value().toString();
        if (name == QLatin1String("fill"))
            style->fill = parseIconColour(file, xml, value);
        else if (name == QLatin1String("stroke"))
            style->stroke = parseIconColour(file, xml, value);
        else if (name == QLatin1String("stroke-width"))
            style->strokeWidth = parseIconNumber(file, xml, name, value);
        else if (name == QLatin1String("stroke-linejoin"))
            style->join = value == QLatin1String("round") ? Qt::RoundJoin : value == QLatin1String("bevel") ? Qt::BevelJoin : Qt::MiterJoin;
        else if (name == QLatin1String("stroke-linecap"))
            style->cap = value == QLatin1String("round") ? Qt::RoundCap : value == QLatin1String("square") ? Qt::SquareCap : Qt::FlatCap;
        else if (name == QLatin1String("id") || name == QLatin1String("class") || name.startsWith(QLatin1String("xmlns")) ||
                 geometry.contains(name))
            continue;
        else
            failAt(file, xml, QStringLiteral("attribute %1 on <%2> is not supported by this renderer").arg(name, xml.name()));
    }
}

void drawIconShape(QPainter &painter, const IconStyle &style, const QPainterPath &shape)
{
    painter.fillPath(shape, style.fill);
    if (style.stroke.alpha() > 0 && style.strokeWidth > 0) {
        QPen pen(style.stroke, style.strokeWidth, Qt::SolidLine, style.cap, style.join);
        painter.strokePath(shape, pen);
    }
}

QImage renderIcon(const QString &file, int size)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw IconSvgError(QStringLiteral("%1: cannot open: %2").arg(file, f.errorString()).toStdString());
    QXmlStreamReader xml(&f);
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    std::vector<IconStyle> styles{IconStyle{}};
    bool seenRoot = false;
    int skipDepth = 0; // inside <title>, <desc> or <metadata>
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (skipDepth > 0)
                --skipDepth;
            else if (styles.size() > 1)
                styles.pop_back();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (skipDepth > 0) {
            ++skipDepth;
            continue;
        }
        const QString tag = xml.name().toString();
        auto attr = [&](const char *name, std::optional<double> fallback = std::nullopt) {
            const QString key = QString::fromLatin1(name);
            if (!xml.attributes().hasAttribute(key)) {
                if (!fallback)
                    failAt(file, xml, QStringLiteral("<%1> has no %2").arg(tag, key));
                return *fallback;
            }
            return parseIconNumber(file, xml, key, xml.attributes().value(key).toString());
        };
        IconStyle style = styles.back();
        if (!seenRoot) {
            if (tag != QLatin1String("svg"))
                failAt(file, xml, QStringLiteral("the root element is <%1>, not <svg>").arg(tag));
            seenRoot = true;
            QRectF box;
            const QStringList vb = xml.attributes().value(QStringLiteral("viewBox")).toString().split(
                QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
            if (vb.size() == 4)
                box = QRectF(vb[0].toDouble(), vb[1].toDouble(), vb[2].toDouble(), vb[3].toDouble());
            else
                box = QRectF(0, 0, attr("width"), attr("height"));
            if (box.width() <= 0 || box.height() <= 0)
                failAt(file, xml, QStringLiteral("the picture has no area (viewBox or width/height)"));
            painter.scale(size / box.width(), size / box.height());
            painter.translate(-box.topLeft());
            applyIconAttributes(file, xml, {QStringLiteral("viewBox"), QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("version")}, &style);
            styles.push_back(style);
            continue;
        }
        if (tag == QLatin1String("title") || tag == QLatin1String("desc") || tag == QLatin1String("metadata")) {
            skipDepth = 1;
            continue;
        }
        QPainterPath shape;
        if (tag == QLatin1String("g")) {
            applyIconAttributes(file, xml, {}, &style);
        } else if (tag == QLatin1String("rect")) {
            applyIconAttributes(file, xml, {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("rx"), QStringLiteral("ry")}, &style);
            const double rx = attr("rx", xml.attributes().hasAttribute(QStringLiteral("ry")) ? attr("ry") : 0.0);
            const double ry = attr("ry", rx);
            shape.addRoundedRect(QRectF(attr("x", 0.0), attr("y", 0.0), attr("width"), attr("height")), rx, ry);
        } else if (tag == QLatin1String("circle")) {
            applyIconAttributes(file, xml, {QStringLiteral("cx"), QStringLiteral("cy"), QStringLiteral("r")}, &style);
            shape.addEllipse(QPointF(attr("cx", 0.0), attr("cy", 0.0)), attr("r"), attr("r"));
        } else if (tag == QLatin1String("ellipse")) {
            applyIconAttributes(file, xml, {QStringLiteral("cx"), QStringLiteral("cy"), QStringLiteral("rx"), QStringLiteral("ry")}, &style);
            shape.addEllipse(QPointF(attr("cx", 0.0), attr("cy", 0.0)), attr("rx"), attr("ry"));
        } else if (tag == QLatin1String("path")) {
            applyIconAttributes(file, xml, {QStringLiteral("d")}, &style);
            shape = parseIconPath(file, xml, xml.attributes().value(QStringLiteral("d")).toString());
        } else {
            failAt(file, xml, QStringLiteral("<%1> is not supported by this renderer (rect, circle, ellipse, path, g)").arg(tag));
        }
        if (!shape.isEmpty())
            drawIconShape(painter, style, shape);
        styles.push_back(style);
    }
    if (xml.hasError())
        throw IconSvgError(QStringLiteral("%1:%2: not well-formed XML: %3").arg(file).arg(xml.lineNumber()).arg(xml.errorString()).toStdString());
    if (!seenRoot)
        throw IconSvgError(QStringLiteral("%1: no <svg> element").arg(file).toStdString());
    return image;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: genlab-render-icon SVG OUT.png SIZE\n");
        return 2;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QString png = QString::fromLocal8Bit(argv[2]);
    bool ok = false;
    const int size = QString::fromLocal8Bit(argv[3]).toInt(&ok);
    if (!ok || size < 1 || size > 4096) {
        std::fprintf(stderr, "genlab-render-icon: SIZE \"%s\" is not a pixel size between 1 and 4096\n", argv[3]);
        return 2;
    }
    try {
        const QImage image = renderIcon(svg, size);
        if (!image.save(png, "PNG")) {
            std::fprintf(stderr, "genlab-render-icon: cannot write %s\n", qPrintable(png));
            return 1;
        }
    } catch (const IconSvgError &e) {
        std::fprintf(stderr, "genlab-render-icon: %s\n", e.what());
        return 1;
    }
    return 0;
}
