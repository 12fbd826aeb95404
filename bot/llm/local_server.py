"""Child process that serves one GGUF model over HTTP on 127.0.0.1 (started by bot.llm.local)."""

from __future__ import annotations

import argparse
import threading


def main() -> None:
    parser = argparse.ArgumentParser(description="llama.cpp OpenAI-compatible server on 127.0.0.1")
    parser.add_argument("--model", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--context", type=int, default=2048)
    args = parser.parse_args()

    import xllamacpp as xlc

    params = xlc.CommonParams()
    params.model.path = args.model
    params.n_ctx = args.context
    params.hostnames = ["127.0.0.1"]  # never reachable from outside this machine
    params.port = args.port
    params.n_parallel = 1
    # one thread by default: llama.cpp's spinning pool collapses on a busy 2-core machine
    params.cpuparams.n_threads = args.threads
    params.cpuparams_batch.n_threads = args.threads
    server = xlc.Server(params)  # serves HTTP from its own threads
    print(f"serving on {server.listening_address}", flush=True)
    threading.Event().wait()  # until the parent kills this process


if __name__ == "__main__":
    main()
