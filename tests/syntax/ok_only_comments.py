# nothing
# but
# comments
