return { id = "third", title = "third", map = "#>G#", goal = "reach", solution = "forward()" }
