for s in ('123', 'abc', 'ABC', 'aBc', '   ', '', 'a1', '\t\n'):
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.islower())
