"""The extraction worker process: reads requests on stdin, answers on stdout, one at a time.

Each message is an 8-byte big-endian length and that many bytes: a request is
a JSON header (content type, URL, as-of date, extraction options) followed by the body;
an answer is the JSON of an ``Extracted``. Started by ``crawler.extract.budget``.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import IO


def _read(stream: IO[bytes]) -> bytes | None:
    size = stream.read(8)
    if len(size) < 8:
        return None
    return stream.read(int.from_bytes(size, "big"))


def main() -> None:
    from crawler.extract import Extracted, ExtractOptions, extract
    from crawler.extract.budget import result_json
    from oitwatch.thai.lexicon import english_words, score

    score("อุ่นเครื่อง")  # load the word lists before the first document's clock starts
    english_words()
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while (head := _read(stdin)) is not None:
        body = _read(stdin) or b""
        req = json.loads(head)
        options = ExtractOptions(**req["options"])
        as_of = date.fromisoformat(req["as_of"]) if req["as_of"] else None
        try:
            result = extract(
                body,
                req["content_type"],
                req["url"],
                settings=options,
                as_of=as_of,
                ocr_cached=req.get("ocr_cached"),
            )
        except MemoryError:
            result = Extracted(
                method="budget",
                status="review",
                error=f"extraction over the memory budget ({options.extract_memory_mb} MiB)",
            )
        data = result_json(result)
        stdout.write(len(data).to_bytes(8, "big") + data)
        stdout.flush()


if __name__ == "__main__":
    main()
