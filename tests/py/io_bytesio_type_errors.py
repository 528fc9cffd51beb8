import io
b = io.BytesIO()
for v in ('text', 5, None):
    try:
        b.write(v)
    except TypeError:
        print('TypeError', type(v).__name__)
try:
    io.BytesIO('text')
except TypeError:
    print('TypeError init')
