# The clone dialog of GitHub projects (added to dlrepro_widgets).
