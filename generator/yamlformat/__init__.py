"""How a hand-edited YAML file is read: position-carrying nodes, and a small vocabulary that
describes a format once and reads it, collecting every problem at its line and column."""
