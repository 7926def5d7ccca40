from domain import native

native.install()  # the compiled build of the classifier's hot modules, when it matches the source
