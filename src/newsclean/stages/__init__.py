"""The built-in stages, one module each; every module registers its stage through the public hook."""
