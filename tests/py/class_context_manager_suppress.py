class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('suppressing', et.__name__, ev.args)
        return True
with Suppress():
    raise ValueError('gone')
print('continues')
