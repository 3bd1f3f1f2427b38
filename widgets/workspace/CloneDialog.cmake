# The clone dialog of GitHub projects (added to dlrepro_widgets).
target_sources(dlrepro_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CloneDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/CloneDialog.cpp)
