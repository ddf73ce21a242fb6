// The demo directory's organisations and places. Addresses are invented; each place sits
// within a kilometre of its real postcode district's centre, so distances come out right.
#include "app/local_offer/demo_directory.h"

namespace sendhub::app::local_offer {
namespace {

constexpr DemoOrganisation organisations[] = {
    {"council", "City of York Council (demo)", "The council's services for disabled children, young people and their families.",
     "localoffer@demo.sendhub.test", "https://www.example.org/york-council", "org-york-local-offer"},
    {"community-health", "Vale Community Health NHS Trust (demo)",
     "Children's community health services: therapies, nursing and equipment.", "childrens.therapies@example.org",
     "https://www.example.org/vale-community-health", "org-demo-nhs"},
    {"mental-health", "Ridings Mental Health NHS Trust (demo)", "Mental health and neurodevelopmental services for children and young people.",
     "camhs@example.org", "https://www.example.org/ridings", ""},
    {"sendiass", "York SENDIASS (demo)", "Free, impartial and confidential information, advice and support about SEND.",
     "sendiass@example.org", "https://www.example.org/sendiass", ""},
    {"forum", "York Parent Carer Forum (demo)", "Parents and carers of disabled children working with services to improve them.",
     "forum@example.org", "https://www.example.org/parent-carer-forum", ""},
    {"minster-play", "Minster Play and Leisure (demo)", "A charity running inclusive clubs, short breaks and holiday schemes.",
     "hello@minster-play.example.org", "https://www.example.org/minster-play", "org-demo-minster-play"},
    {"ouse-autism", "Ouse Valley Autism Support (demo)", "Support for autistic children, young people and their families.",
     "info@ouse-autism.example.org", "https://www.example.org/ouse-autism", ""},
    {"riverside-talk", "Riverside Communication Charity (demo)", "Helping young children to talk, sign and communicate.",
     "talk@riverside.example.org", "https://www.example.org/riverside-talk", ""},
    {"deaf-children", "York Deaf Children's Society (demo)", "Family support, events and signing classes for deaf children.",
     "ydcs@example.org", "https://www.example.org/deaf-children", ""},
    {"sight-support", "Sight Support York (demo)", "Support for children and young people with a visual impairment.",
     "sight@example.org", "https://www.example.org/sight-support", ""},
    {"independence", "Castle Independence Project (demo)", "Helping young adults with learning disabilities live more independently.",
     "castle@example.org", "https://www.example.org/castle-independence", ""},
    {"employment", "York Supported Employment (demo)", "Supported internships and job coaching for young people with SEND.",
     "jobs@example.org", "https://www.example.org/supported-employment", ""},
    {"family-hub", "Acomb Family Hub (demo)", "A family hub for families with children from birth to 19 (25 with SEND).",
     "acomb.hub@example.org", "https://www.example.org/acomb-family-hub", ""},
    {"young-carers", "York Young Carers (demo)", "Support, breaks and activities for young carers.", "carers@example.org",
     "https://www.example.org/young-carers", ""},
    {"equip", "Equip York (demo)", "An equipment library for families of disabled children.", "loans@equip.example.org",
     "https://www.example.org/equip-york", ""},
    {"sports-trust", "Heslington Inclusive Sports Trust (demo)", "Disability and inclusive sport for all ages.",
     "sport@example.org", "https://www.example.org/inclusive-sport", ""},
    {"benefits", "Bootham Benefits Advice (demo)", "Free advice on benefits and money for disabled people and carers.",
     "advice@benefits.example.org", "https://www.example.org/benefits-advice", ""},
    {"college", "Ouse College (demo)", "A further education college with supported learning courses.", "admissions@college.example.org",
     "https://www.example.org/ouse-college", ""},
};

constexpr DemoPlace places[] = {
    {"west-offices", "West Offices (demo)", "1 Station Rise", "YO1 6GA", 53.9571, -1.0870,
     "Step-free access and lifts to every floor;Accessible toilet;Hearing loop at reception", "Five minutes' walk from York station."},
    {"monkgate", "Monkgate Health Centre (demo)", "31 Monkgate Row", "YO31 7WA", 53.9661, -1.0690,
     "Wheelchair accessible entrance;Accessible toilet;Quiet room available on request", "Buses 5 and 6 stop outside."},
    {"acomb-clinic", "Acomb Children's Clinic (demo)", "2 Front Street Yard", "YO24 3BZ", 53.9498, -1.1178,
     "Step-free access;Accessible toilet;Parking with blue badge spaces", "Bus 1 to Acomb Green."},
    {"acomb-hub", "Acomb Family Hub (demo)", "14 Green Lane Court", "YO24 4PS", 53.9441, -1.1120,
     "Step-free access;Changing places toilet;Sensory room", "Buses 1 and 4."},
    {"clifton-centre", "Clifton Children's Centre (demo)", "9 Clifton Moor Walk", "YO30 6AA", 53.9821, -1.1090,
     "Wheelchair accessible;Accessible toilet;Quiet space", "Bus 2 to Clifton Green."},
    {"tang-hall", "Tang Hall Community Centre (demo)", "40 Fifth Avenue Mews", "YO31 0UG", 53.9712, -1.0580,
     "Level access;Accessible toilet;Hearing loop", "Buses 6 and 9."},
    {"haxby-hall", "Haxby Memorial Hall (demo)", "5 The Village Green", "YO32 3HS", 54.0140, -1.0620,
     "Step-free access;Parking", "Bus 1 to Haxby shops."},
    {"heslington-sport", "Heslington Sports Village (demo)", "3 Lakeside Way", "YO10 5DD", 53.9470, -1.0530,
     "Wheelchair accessible;Accessible changing rooms and toilet;Hoist at the pool;Parking", "Buses 44 and 66 from the city centre."},
    {"lime-tree", "Lime Tree House (demo)", "22 Lime Tree Close", "YO26 5RW", 53.9720, -1.1680,
     "Wheelchair accessible throughout;Changing places toilet;Sensory room;Quiet bedroom", "Parking on site."},
    {"ouse-college", "Ouse College, Tadcaster Road campus (demo)", "100 Tadcaster Road Park", "YO23 2BB", 53.9290, -1.1170,
     "Step-free access;Accessible toilets;Quiet study rooms", "Buses 13 and 21."},
    {"minster-youth", "Minster Youth Centre (demo)", "8 Lowther Yard", "YO31 7LZ", 53.9680, -1.0660,
     "Level access;Accessible toilet;Quiet space", "Ten minutes' walk from Monk Bar."},
    {"fulford-library", "Fulford Library (demo)", "6 Main Street Square", "YO10 4PQ", 53.9460, -1.0620,
     "Step-free access;Accessible toilet", "Buses 7 and 415."},
    {"wheldrake-hall", "Wheldrake Village Hall (demo)", "1 Main Street Walk", "YO19 6AB", 53.9080, -1.0230,
     "Step-free access;Parking", "Bus 18."},
    {"poppleton-centre", "Poppleton Centre (demo)", "12 Main Street Garth", "YO26 6JT", 53.9770, -1.1740,
     "Wheelchair accessible;Accessible toilet;Parking", "Park and ride from Poppleton Bar."},
};

}  // namespace

std::span<const DemoOrganisation> demo_organisations() { return organisations; }
std::span<const DemoPlace> demo_places() { return places; }

}  // namespace sendhub::app::local_offer
