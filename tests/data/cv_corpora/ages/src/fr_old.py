CVS = []
