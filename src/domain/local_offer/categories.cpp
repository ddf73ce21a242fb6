#include "domain/local_offer/categories.h"

#include "domain/local_offer/uuid.h"

namespace sendhub::local_offer {
namespace {

constexpr Category categories[] = {
    {"early-years", "Early years (0 to 5)", "Childcare, nurseries, early help and support before school.", ""},
    {"early-years/childcare", "Childcare and nurseries", "Nurseries, pre-schools and childminders, and funded places.", "early-years"},
    {"early-years/early-support", "Early support and portage", "Help at home and in groups for young children with additional needs.", "early-years"},
    {"education", "Education and training", "Schools, colleges and help with learning.", ""},
    {"education/schools", "Schools and SEN support", "Mainstream and special schools, resource bases and SEN support in school.", "education"},
    {"education/post-16", "Post-16 and college", "Sixth forms, colleges and training after 16.", "education"},
    {"education/learning-support", "Learning support and specialist teaching", "Specialist teachers, educational psychology and help with reading and learning.", "education"},
    {"adulthood", "Becoming an adult", "Preparing for adulthood: work, living independently, friends and health.", ""},
    {"adulthood/employment", "Work, internships and volunteering", "Supported internships, apprenticeships, job coaching and volunteering.", "adulthood"},
    {"adulthood/independent-living", "Independent living and moving to adult services", "Housing, money skills and moving from children's to adult services.", "adulthood"},
    {"health-wellbeing", "Health and wellbeing", "Therapies, health services, mental health, autism and learning disabilities.", ""},
    {"health-wellbeing/speech-language", "Speech, language and communication", "Speech and language therapy and help with communication.", "health-wellbeing"},
    {"health-wellbeing/therapies", "Occupational therapy and physiotherapy", "Help with movement, daily living skills and sensory needs.", "health-wellbeing"},
    {"health-wellbeing/mental-health", "Mental health and emotional wellbeing", "Support for anxiety, low mood and emotional wellbeing, including CAMHS.", "health-wellbeing"},
    {"health-wellbeing/autism-adhd", "Autism and ADHD", "Assessment, diagnosis and support for autistic children and children with ADHD.", "health-wellbeing"},
    {"health-wellbeing/hearing-vision", "Hearing and vision", "Support for children who are deaf, have a hearing loss or a visual impairment.", "health-wellbeing"},
    {"health-wellbeing/community-health", "Community health and nursing", "Community nursing, health visiting, school nursing, continence and sleep.", "health-wellbeing"},
    {"equipment", "Equipment", "Equipment and adaptations for mobility, daily living and communication.", ""},
    {"equipment/mobility", "Mobility and daily living equipment", "Wheelchairs, seating, hoists and home adaptations.", "equipment"},
    {"equipment/communication", "Communication aids and sensory equipment", "Communication aids and sensory equipment to borrow or keep.", "equipment"},
    {"transport", "Transport", "Getting to school or college, and travelling independently.", ""},
    {"transport/school-transport", "Home to school transport", "Transport to school or college for children who qualify.", "transport"},
    {"transport/travel-training", "Travel training and travel passes", "Learning to travel independently, bus passes and the Blue Badge.", "transport"},
    {"leisure", "Leisure", "Clubs, sport, play and things to do.", ""},
    {"leisure/clubs", "Clubs and activities", "Youth clubs, play sessions and groups.", "leisure"},
    {"leisure/sport", "Sport and swimming", "Inclusive sport, swimming and physical activity.", "leisure"},
    {"short-breaks", "Short breaks", "Time for disabled children to have fun and for families to have a break.", ""},
    {"short-breaks/activities", "Short break activities and holiday schemes", "After-school, weekend and holiday short breaks.", "short-breaks"},
    {"short-breaks/overnight", "Overnight short breaks and respite", "Overnight stays and care at home so families can have a break.", "short-breaks"},
    {"social-care", "Social care", "Social work and care for disabled children and their families.", ""},
    {"social-care/disabled-children", "Disabled children's social care", "Assessments and support from the disabled children's team.", "social-care"},
    {"social-care/carers", "Support for carers", "Carers' assessments and support for parent carers and young carers.", "social-care"},
    {"support-advice", "Support and advice", "Information, advice and advocacy about SEND.", ""},
    {"support-advice/sendiass", "Information, advice and support (SENDIASS)", "Free, impartial advice about SEND and EHC plans.", "support-advice"},
    {"support-advice/ehc-plans", "EHC plans and assessments", "How EHC needs assessments and plans work, and help through them.", "support-advice"},
    {"finance", "Finance", "Benefits, grants and personal budgets.", ""},
    {"finance/benefits", "Benefits and allowances", "Disability Living Allowance, Carer's Allowance and help to claim.", "finance"},
    {"finance/budgets-grants", "Personal budgets, direct payments and grants", "Direct payments, personal budgets and charitable grants.", "finance"},
    {"parental-support", "Parental support", "Courses, groups and peer support for parents and carers.", ""},
    {"parental-support/courses", "Parenting courses", "Courses for parents and carers of children with SEND.", "parental-support"},
    {"parental-support/peer-support", "Parent carer groups and forum", "Peer support groups and the parent carer forum.", "parental-support"},
};

constexpr const char* taxonomy_name = "SENDhub Local Offer categories";

}  // namespace

std::span<const Category> local_offer_categories() { return categories; }

std::string category_term_id(std::string_view code) { return uuid_from_name("local-offer-category:" + std::string(code)); }

Taxonomy local_offer_taxonomy() {
  return {uuid_from_name("local-offer-taxonomy"), taxonomy_name,
          "The Local Offer headings of the SEND Code of Practice as York's partners publish them, each with the kinds of "
          "help families look for under it.",
          "", "1"};
}

std::vector<TaxonomyTerm> local_offer_terms() {
  std::vector<TaxonomyTerm> out;
  const auto taxonomy_id = local_offer_taxonomy().id;
  for (const auto& c : categories)
    out.push_back({category_term_id(c.code), std::string(c.code), std::string(c.name), std::string(c.description),
                   c.parent_code.empty() ? std::string() : category_term_id(c.parent_code), taxonomy_id, "", "en"});
  return out;
}

}  // namespace sendhub::local_offer
