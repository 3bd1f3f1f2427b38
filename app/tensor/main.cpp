// dlrepro-tensor: reads one JSON request per line on stdin and writes one JSON response per line
// on stdout, in order (docs/tensor-protocol.md). Nothing else is written to stdout; diagnostics go
// to stderr. It exits when stdin closes.
#include "Handlers.h"

#include <ATen/Parallel.h>
#include <torch/version.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <thread>

using dlrepro::tensor::Json;

namespace {

using Handler = Json (*)(const Json &);

const std::map<std::string, Handler> &handlers()
{
    static const std::map<std::string, Handler> table{
        {"embed", dlrepro::tensor::handleEmbed},
        {"tokenize", dlrepro::tensor::handleTokenize},
        {"dynamics", dlrepro::tensor::handleDynamics},
    };
    return table;
}

Json hello()
{
    return Json{{"protocol", 1},
                {"torch", TORCH_VERSION},
                {"threads", at::get_num_threads()},
                {"commands", Json::array({"hello", "embed", "tokenize", "dynamics"})}};
}

// LibTorch starts with one intra-op thread here (docs/toolchain-notes.md). DLREPRO_TENSOR_THREADS
// overrides; otherwise the cores, at most 8 (more gains nothing on MiniLM-sized batches).
void configureThreads()
{
    int threads = 0;
    if (const char *env = std::getenv("DLREPRO_TENSOR_THREADS"))
        threads = std::atoi(env);
    if (threads <= 0)
        threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 8);
    at::set_num_threads(threads);
}

} // namespace

int main()
{
    std::ios::sync_with_stdio(false);
    configureThreads();
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty())
            continue;
        Json response{{"id", nullptr}};
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
