#pragma once
// The package subcommands of `dlrepro-cli workspace` (clone, export, import), called from
// WorkspaceCommand.cpp.
#include "Commands.h"

namespace dlrepro::cli {

int runWorkspaceClone(const QStringList &args, Io io);
int runWorkspaceExport(const QStringList &args, Io io);
int runWorkspaceImport(const QStringList &args, Io io);

} // namespace dlrepro::cli
