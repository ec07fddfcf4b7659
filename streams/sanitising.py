"""The sanitiser as the worker uses it, with the preset's extras (valumen: hobbies,
associations, birthplace, gender) for CVs and for short client-visible fields.

Two dedicated threads run the CPU-bound sanitiser off the event loop (as
``anonymiser.cv_sanitiser.async_sanitiser`` does), one for CVs and one for short fields,
sharing the loaded models: a long CV does not hold back other candidates' fields.
"""

from __future__ import annotations

import asyncio
import gc
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Awaitable, Callable

from talentguard.policy import Policy

FieldSanitise = Callable[[Any, str], Awaitable[Any]]


def preset_sanitisers(policy: Policy) -> tuple[Callable | None, FieldSanitise | None]:
    """(CV sanitise(text, language) -> SanitisedCv, field sanitise(str | list[str], language))."""
    try:
        from anonymiser.cv_sanitiser import SanitiserOptions, get_sanitiser
    except ImportError:
        return None, None
    options = SanitiserOptions.from_names(policy.free_text.extra_categories)
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sanitiser")
    cv_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cv-sanitiser")
    loaded: list[bool] = []
    first_load = threading.Lock()

    def sanitiser():  # noqa: ANN202
        if loaded:
            return get_sanitiser()
        with first_load:  # two threads: build the models once
            s = get_sanitiser()
            if not loaded:  # the models live as long as the worker: keep the collector off them
                gc.freeze()
                loaded.append(True)
        return s

    def cv(text: str, language: str | None):  # noqa: ANN202
        s = sanitiser()
        return s.sanitise(text, language if language in s.languages else None, options)

    def field(value: Any, language: str) -> Any:
        s = sanitiser()
        lang = language if language in s.languages else "en"
        if isinstance(value, list):
            return s.sanitise_fields([str(v) for v in value], lang, options)
        return s.sanitise_field(str(value), lang, options).text

    # start building the models now, on the fields' thread: the first profile update after
    # a (re)start would otherwise wait for the whole build (~8 s on an idle core, over a
    # minute on a loaded one) in front of every later event of its partition, consent
    # changes included; this way the build overlaps the consumer group join
    pool.submit(sanitiser)

    async def run_cv(text: str, language: str | None):  # noqa: ANN202
        # its own thread: a long CV (tens of seconds) must not queue the short profile
        # fields of other candidates behind it (the sanitiser is built to be called from
        # any thread)
        return await asyncio.get_running_loop().run_in_executor(cv_pool, cv, text, language)

    async def run_field(value: Any, language: str) -> Any:
        return await asyncio.get_running_loop().run_in_executor(pool, field, value, language)

    return run_cv, run_field
