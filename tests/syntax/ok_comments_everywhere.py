# leading comment
x = 1  # trailing comment
# between
def f():  # after colon
    # inside body
    return x  # end

    # indented comment after blank line
# dedented comment before continuation
y = [  # open bracket
    1,  # first
    # comment line inside brackets
    2,
]  # close
