# asyncio: MicroPython's basic asyncio API (run, sleep, sleep_ms,
# create_task, gather, wait_for, Event, Lock) as one small event loop over
# coroutines, frozen into the image.
#
# A task is a coroutine plus its state. The loop keeps the tasks that can
# run, ordered by wake-up time (time.ticks_ms) and then by arrival, and
# steps the first: it resumes the coroutine until it yields. What a task
# yields tells the loop what it waits for: a tick count (a sleep: queue it
# for then) or _WAIT (it registered itself with a task or an event, which
# queues it again when done or set). Awaitables re-check their condition
# when resumed, so an early wake-up is harmless.

from time import ticks_ms, ticks_diff, ticks_add, sleep_ms as _block_ms


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


_WAIT = object()
_queue = []  # tasks ready to run: [wake, seq, task], sorted
_seq = 0
_cur = None


def _schedule(task, wake):
    # Queue `task` at `wake`, or earlier if it is already queued later.
    global _seq
    for i in range(len(_queue)):
        e = _queue[i]
        if e[2] is task:
            if ticks_diff(wake, e[0]) >= 0:
                return
            _queue.pop(i)
            break
    _seq += 1
    entry = [wake, _seq, task]
    i = len(_queue)
    while i > 0:
        p = _queue[i - 1]
        d = ticks_diff(p[0], wake)
        if d < 0 or (d == 0 and p[1] < entry[1]):
            break
        i -= 1
    _queue.insert(i, entry)


class _Sleep:
    # `await _Sleep(t)`: resumes once ticks_ms() has reached t.
    def __init__(self, wake):
        self.wake = wake

    def __await__(self):
        while ticks_diff(self.wake, ticks_ms()) > 0:
            yield self.wake
        yield ticks_ms()  # always give the other tasks a turn

    __iter__ = __await__


async def sleep_ms(ms):
    await _Sleep(ticks_add(ticks_ms(), max(0, int(ms))))


async def sleep(s):
    await _Sleep(ticks_add(ticks_ms(), max(0, int(s * 1000))))


class Task:
    def __init__(self, coro):
        self.coro = coro
        self._state = 0  # 0 pending, 1 finished, 2 failed
        self._value = None
        self._waiting = []
        self._throw = None

    def done(self):
        return self._state != 0

    def cancelled(self):
        return self._state == 2 and isinstance(self._value, CancelledError)

    def result(self):
        if self._state == 2:
            raise self._value
        return self._value

    def cancel(self):
        if self._state:
            return False
        self._throw = CancelledError()
        _schedule(self, ticks_ms())
        return True

    def __await__(self):
        while not self._state:
            if _cur not in self._waiting:
                self._waiting.append(_cur)
            yield _WAIT
        return self.result()

    __iter__ = __await__

    def _finish(self, state, value):
        self._state = state
        self._value = value
        now = ticks_ms()
        for t in self._waiting:
            if not t._state:
                _schedule(t, now)
        self._waiting = []


def create_task(coro):
    t = Task(coro)
    _schedule(t, ticks_ms())
    return t


def current_task():
    return _cur


def _step(t):
    global _cur
    if t._state:
        return
    _cur = t
    try:
        exc = t._throw
        if exc is not None:
            t._throw = None
            r = t.coro.throw(exc)
        else:
            r = t.coro.send(None)
    except StopIteration as e:
        t._finish(1, e.value)
    except BaseException as e:
        t._finish(2, e)
    else:
        if r is not _WAIT:
            _schedule(t, r if isinstance(r, int) else ticks_ms())
    _cur = None


def _run_until(main):
    while not main._state and _queue:
        wake = _queue[0][0]
        d = ticks_diff(wake, ticks_ms())
        if d > 0:
            _block_ms(d)
        _step(_queue.pop(0)[2])


def run(coro):
    global _queue
    _queue = []
    main = create_task(coro)
    _run_until(main)
    if not main._state:
        raise RuntimeError("event loop stopped before the task finished")
    return main.result()


async def gather(*aws, return_exceptions=False):
    tasks = [a if isinstance(a, Task) else create_task(a) for a in aws]
    out = []
    for t in tasks:
        try:
            out.append(await t)
        except Exception as e:
            if not return_exceptions:
                raise
            out.append(e)
    return out


class _Deadline:
    # Waits until `task` is done or `wake` is reached.
    def __init__(self, task, wake):
        self.task = task
        self.wake = wake

    def __await__(self):
        t = self.task
        while not t._state and ticks_diff(self.wake, ticks_ms()) > 0:
            if _cur not in t._waiting:
                t._waiting.append(_cur)
            yield self.wake
        if _cur in t._waiting:
            t._waiting.remove(_cur)

    __iter__ = __await__


async def wait_for(aw, timeout):
    t = aw if isinstance(aw, Task) else create_task(aw)
    if timeout is None:
        return await t
    await _Deadline(t, ticks_add(ticks_ms(), max(0, int(timeout * 1000))))
    if not t._state:
        t.cancel()
        raise TimeoutError
    return t.result()


def wait_for_ms(aw, timeout):
    return wait_for(aw, timeout / 1000)


class _EventWait:
    def __init__(self, ev):
        self.ev = ev

    def __await__(self):
        ev = self.ev
        while not ev._flag:
            if _cur not in ev._waiting:
                ev._waiting.append(_cur)
            yield _WAIT
        return True

    __iter__ = __await__


class Event:
    def __init__(self):
        self._flag = False
        self._waiting = []

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True
        now = ticks_ms()
        for t in self._waiting:
            _schedule(t, now)
        self._waiting = []

    def clear(self):
        self._flag = False

    def wait(self):
        return _EventWait(self)


class Lock:
    # Acquired with `await lock.acquire()` and released with `release()`.
    def __init__(self):
        self._locked = False
        self._ev = Event()

    def locked(self):
        return self._locked

    async def acquire(self):
        while self._locked:
            self._ev.clear()
            await self._ev.wait()
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock not acquired")
        self._locked = False
        self._ev.set()

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, *exc):
        self.release()


def get_event_loop():
    return _Loop


class _Loop:
    @staticmethod
    def run_until_complete(aw):
        return run(aw)

    @staticmethod
    def create_task(coro):
        return create_task(coro)
