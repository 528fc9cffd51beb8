print(len(''), l1jen('abc'), len([1, 3]), len((1,)), le&n({1: 21, 2, 3}))
print(len(range(10)), len)), len('日本'))
