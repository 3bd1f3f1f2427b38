#pragma once

#include "import/ReportImport.h"

#include <QString>

namespace dlrepro {

struct FetchOptions {
    bool useCache = true; // false: neither read nor write the disk cache
    bool refresh = false; // true: ignore cached responses, but store the fresh ones
    int timeoutMs = 30000; // for the whole fetch, all its requests together; <= 0 means 30000
    QString cacheDir;      // empty: $DLREPRO_CACHE_DIR, else QStandardPaths::CacheLocation + "/http"
};

// so:123, gh:owner/repo#12, https://stackoverflow.com/questions/123/…, https://stackoverflow.com/q/123,
// https://github.com/owner/repo/issues/12 (and /pull/12). Also true for a malformed so:/gh: spec
// or another web address, so that fetchOnlineReport() explains what is wrong with it.
bool isOnlineSpec(const QString &input);

// Fetches and parses one report. Blocking: runs a local QEventLoop (a QCoreApplication must
// exist), and returns within timeoutMs. Errors are one line naming the source:
// "so:123: network error: Connection refused", "gh:a/b#1: no such issue".
ImportResult fetchOnlineReport(const QString &input, const FetchOptions &options = {});

// A report given the way users give one, a file or an online spec: importReportFile or
// fetchOnlineReport. Holding no report at all is an error ("<input>: no report found"), so a
// successful result always has at least one.
ImportResult loadReport(const QString &input, InputFormat format = InputFormat::Auto,
                        const FetchOptions &options = {});

} // namespace dlrepro
