return { id = "cee", title = "cee", map = "#>G#", goal = "reach", solution = "forward()" }
