import io
s = io.StringIO()
b = io.BytesIO()
print(isinstance(s, io.StringIO), isinstance(b, io.BytesIO))
print(isinstance(s, io.BytesIO), isinstance(b, io.StringIO))
print(type(s) is io.StringIO, type(b).__name__)
