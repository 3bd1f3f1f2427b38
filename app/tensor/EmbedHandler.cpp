// Placeholder until its issue lands (replaced, not extended).
#include "Handlers.h"

namespace dlrepro::tensor {

Json handleEmbed(const Json &)
{
    throw RequestError("embed is not implemented in this build");
}

} // namespace dlrepro::tensor
