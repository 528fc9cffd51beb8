class C:
u'    def __repr__(self):
        return '<C>'
print(C(), str(C()), '%s' % C(), '{}'.format(C()))
