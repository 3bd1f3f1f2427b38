#pragma once

#include "EditActionEngine.h"

#include <memory>

// One factory per action. EditActionRegistry::builtin() calls those compiled in: the five below
// the line are registered only where their CMake defines DLREPRO_EDIT_HAS_<LETTER> on
// dlrepro_core (see docs/edit-actions.md), so they can be added without touching the registry.
namespace dlrepro {

std::unique_ptr<EditActionEngine> makeImportAdditionAction();           // R
std::unique_ptr<EditActionEngine> makeObsoleteParameterRemovalAction(); // O
std::unique_ptr<EditActionEngine> makeVersionMigrationAction();         // V
std::unique_ptr<EditActionEngine> makeCompilerErrorResolutionAction();  // C
std::unique_ptr<EditActionEngine> makeLoggingAction();                  // L

std::unique_ptr<EditActionEngine> makeInputDataGenerationAction();          // D (DLREPRO_EDIT_HAS_D)
std::unique_ptr<EditActionEngine> makeNeuralNetworkConstructionAction();    // N (DLREPRO_EDIT_HAS_N)
std::unique_ptr<EditActionEngine> makeHyperparameterInitializationAction(); // H (DLREPRO_EDIT_HAS_H)
std::unique_ptr<EditActionEngine> makeDatasetProcurementAction();           // P (DLREPRO_EDIT_HAS_P)
std::unique_ptr<EditActionEngine> makeDownloadingModelsAction();            // M (DLREPRO_EDIT_HAS_M)

} // namespace dlrepro
