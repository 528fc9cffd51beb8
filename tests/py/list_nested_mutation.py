grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
grid[0][2] = grid[1][1] + 1
print(grid)
print([row[1] for row in grid])
