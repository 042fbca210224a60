#pragma once
// Wrecking a checkpoint on purpose: tests that a diverged or damaged model is caught write one
// tensor of its model.safetensors in place.

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstring>

namespace genlab::testing {

// Sets every value of the float32 tensor `name` in the safetensors file at path to value. False when
// the file cannot be read and written or holds no such tensor.
inline bool fillSafetensor(const QString &path, const QByteArray &name, float value)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const QByteArray bytes = f.readAll();
    quint64 headerLength = 0;
    std::memcpy(&headerLength, bytes.constData(), 8);
    const QJsonObject header = QJsonDocument::fromJson(bytes.mid(8, qsizetype(headerLength))).object();
    const QJsonArray offsets = header.value(QString::fromLatin1(name)).toObject().value(QStringLiteral("data_offsets")).toArray();
    if (offsets.size() != 2)
        return false;
    const qint64 begin = 8 + qint64(headerLength) + offsets[0].toInteger();
    const qint64 end = 8 + qint64(headerLength) + offsets[1].toInteger();
    QByteArray data(end - begin, Qt::Uninitialized);
    for (qint64 i = 0; i < data.size(); i += 4)
        std::memcpy(data.data() + i, &value, 4);
    return f.seek(begin) && f.write(data) == data.size();
}

} // namespace genlab::testing
