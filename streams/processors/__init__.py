"""One module per processor; each is a plain object behind the ``Processor`` seam."""
