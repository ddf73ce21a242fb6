// A local authority hosted by this SENDhub deployment. One deployment can host several (an ICB
// works across York, North Yorkshire and East Riding); every child's record belongs to one.
#pragma once

#include <string>

namespace sendhub {

struct LocalAuthority {
  std::string code;  // DfE three-digit LA code, e.g. "816" for York
  std::string name;
};

}  // namespace sendhub
