class C:
    def __enter__(self):
        print('enter')
    def __exit__(self, et, ev, tb):
        print('exit', et)
with C():
    print('inside')
