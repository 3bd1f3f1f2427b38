#pragma once

// An HTTP/1.1 server on 127.0.0.1 inside the test process, serving tests/fixtures/online/ by
// path (see the README there). It runs on the test's thread: the fetcher's local QEventLoop
// serves it while the fetch blocks. Every request is recorded, so tests can assert how many
// requests a fetch made and with which headers.

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

struct RecordedRequest {
    QByteArray method;
    QByteArray target; // path and query, as sent
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
};

class FixtureHttpServer : public QObject
{
public:
    explicit FixtureHttpServer(const QString &fixtureDir)
        : m_dir(fixtureDir)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    // Requests whose path is in here get no answer at all, as from a stalled server.
    void hang(const QByteArray &path) { m_hanging.insert(path); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int count(const QByteArray &path) const
    {
        int n = 0;
        for (const RecordedRequest &r : m_requests)
            n += r.path == path;
        return n;
    }
    void clear() { m_requests.clear(); }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(socket);
        RecordedRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        const QUrl url = QUrl::fromEncoded(request.target);
        request.path = url.path(QUrl::FullyEncoded).toLatin1();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        m_requests.append(request);
        if (m_hanging.contains(request.path))
            return;
        socket->write(responseFor(url));
        socket->disconnectFromHost();
    }

    QByteArray responseFor(const QUrl &url) const
    {
        QString name = url.path().mid(1).replace(QLatin1Char('/'), QLatin1Char('.'));
        const int page = QUrlQuery(url).queryItemValue(QStringLiteral("page")).toInt();
        if (page > 1)
            name += QStringLiteral(".page%1").arg(page);
        const QString stem = m_dir + QLatin1Char('/') + name;
        QFile file;
        file.setFileName(stem + QStringLiteral(".http"));
        if (file.open(QIODevice::ReadOnly)) {
            QByteArray data = file.readAll();
            data.replace("{{BASE}}", base().toLatin1());
            const qsizetype split = data.indexOf("\n\n");
            QByteArray head = data.left(split).trimmed();
            const QByteArray body = data.mid(split + 2);
            head.replace("\n", "\r\n");
            return head + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        }
        file.setFileName(stem + QStringLiteral(".json.gz"));
        if (file.open(QIODevice::ReadOnly))
            return ok(file.readAll(), "Content-Encoding: gzip\r\n");
        file.setFileName(stem + QStringLiteral(".json"));
        if (file.open(QIODevice::ReadOnly))
            return ok(file.readAll(), QByteArray());
        const QByteArray body = R"({"message":"Not Found","documentation_url":"https://docs.github.com/rest"})";
        return "HTTP/1.1 404 Not Found\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

    static QByteArray ok(const QByteArray &body, const QByteArray &extraHeaders)
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n" + extraHeaders
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

    QString m_dir;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QByteArray> m_hanging;
    QList<RecordedRequest> m_requests;
};
