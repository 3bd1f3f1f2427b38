// dlrepro-tensor: reads one JSON request per line on stdin and writes one JSON response per line
// on stdout, in order (docs/tensor-protocol.md). Nothing else is written to stdout; diagnostics go
// to stderr. It exits when stdin closes.
#include "Handlers.h"

#include <torch/version.h>

#include <cstdio>
#include <iostream>
#include <map>
#include <string>

using dlrepro::tensor::Json;

namespace {

using Handler = Json (*)(const Json &);

const std::map<std::string, Handler> &handlers()
{
    static const std::map<std::string, Handler> table{
        {"embed", dlrepro::tensor::handleEmbed},
        {"dynamics", dlrepro::tensor::handleDynamics},
    };
    return table;
}

Json hello()
{
    return Json{{"protocol", 1}, {"torch", TORCH_VERSION}, {"commands", Json::array({"hello", "embed", "dynamics"})}};
}

} // namespace

int main()
{
    std::ios::sync_with_stdio(false);
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty())
            continue;
        Json response;
        try {
            const Json request = Json::parse(line);
            response["id"] = request.value("id", Json());
            const std::string cmd = request.value("cmd", std::string());
            if (cmd == "hello") {
                response["result"] = hello();
            } else {
                const auto it = handlers().find(cmd);
                if (it == handlers().end())
                    throw dlrepro::tensor::RequestError("unknown command '" + cmd + "'");
                response["result"] = it->second(request);
            }
            response["ok"] = true;
        } catch (const std::exception &e) {
            response.erase("result");
            response["ok"] = false;
            response["error"] = e.what();
        }
        std::cout << response.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n' << std::flush;
    }
    return 0;
}
