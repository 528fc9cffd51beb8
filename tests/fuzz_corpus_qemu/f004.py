print(abs(True), abs(False), abs(-0.0), abs(float('-inf')))
