return { id = "here", title = "here", map = "#>G#", goal = "reach", solution = "forward()" }
