# Project clone and reproduction packages in and out (added to dlrepro_core).
target_sources(dlrepro_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ProjectClone.h
    ${CMAKE_CURRENT_LIST_DIR}/ProjectClone.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReplicationExport.h
    ${CMAKE_CURRENT_LIST_DIR}/ReplicationExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NotebookExport.h
    ${CMAKE_CURRENT_LIST_DIR}/NotebookExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PackageImport.h
    ${CMAKE_CURRENT_LIST_DIR}/PackageImport.cpp)
