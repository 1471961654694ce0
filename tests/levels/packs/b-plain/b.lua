return { id = "bee", title = "bee", map = "#>G#", goal = "reach", solution = "forward()" }
