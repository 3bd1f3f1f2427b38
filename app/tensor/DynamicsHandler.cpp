// Placeholder until its issue lands (replaced, not extended).
#include "Handlers.h"

namespace dlrepro::tensor {

Json handleDynamics(const Json &)
{
    throw RequestError("dynamics is not implemented in this build");
}

} // namespace dlrepro::tensor
