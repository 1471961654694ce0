return { id = "first", title = "first", map = "#>G#", goal = "reach", solution = "forward()" }
