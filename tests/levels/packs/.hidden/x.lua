return { id = "hidden", title = "h", map = "#>G#", goal = "reach", solution = "" }
