"""Side effects, grouped by what they touch; each group is a small class whose constructor takes its dependencies."""
