return { id = "second", title = "second", map = "#>G#", goal = "reach", solution = "forward()" }
