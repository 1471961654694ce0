return { id = "ay", title = "ay", map = "#>G#", goal = "reach", solution = "forward()" }
