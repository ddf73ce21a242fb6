#include "domain/local_offer/synonyms.h"

#include <array>

#include "domain/local_offer/search_words.h"

namespace sendhub::local_offer {
namespace {

using sv = std::string_view;

// Each group: what families type, what professionals write, and the acronyms.
constexpr sv speech[] = {"salt", "slt", "speech and language therapy", "speech and language therapist", "speech therapy",
                         "speech therapist", "speech and language", "slcn", "speech language and communication",
                         "speech language and communication needs"};
constexpr sv occupational[] = {"ot", "occupational therapy", "occupational therapist", "occupational therapists"};
constexpr sv physio[] = {"physio", "physiotherapy", "physiotherapist", "physical therapy"};
constexpr sv autism[] = {"asd", "asc", "autism", "autistic", "autistic spectrum", "autism spectrum", "aspergers",
                         "asperger", "asperger syndrome"};
constexpr sv adhd[] = {"adhd", "add", "attention deficit", "attention deficit hyperactivity disorder", "hyperactivity"};
constexpr sv neuro_also[] = {"autism", "adhd"};
constexpr sv neurodiverse[] = {"neurodiversity", "neurodivergent", "neurodevelopmental", "nd"};
constexpr sv mental_health[] = {"camhs", "mental health", "emotional wellbeing", "emotional health",
                                "semh", "social emotional and mental health", "counselling", "counsellor"};
constexpr sv anxiety[] = {"anxiety", "anxious", "worry", "worries", "low mood", "depression", "self harm"};
constexpr sv anxiety_also[] = {"mental health", "emotional wellbeing"};
constexpr sv short_breaks[] = {"respite", "short breaks", "short break", "respite care", "break for carers"};
constexpr sv ehcp[] = {"ehcp", "ehc plan", "ehc plans", "education health and care plan", "education health and care",
                       "ehc needs assessment", "ehcna", "statement of special educational needs"};
constexpr sv sendiass[] = {"sendiass", "sendias", "iass", "information advice and support", "parent partnership"};
constexpr sv send[] = {"send", "sen", "special educational needs", "special needs", "additional needs",
                       "special educational needs and disabilities"};
constexpr sv ep[] = {"ep", "educational psychologist", "educational psychology", "eps"};
constexpr sv senco[] = {"senco", "sendco", "special educational needs coordinator", "special educational needs co ordinator"};
constexpr sv dla[] = {"dla", "disability living allowance"};
constexpr sv pip[] = {"pip", "personal independence payment"};
constexpr sv money[] = {"money", "financial help", "finance", "benefits", "grants", "grant", "funding"};
constexpr sv bsl[] = {"bsl", "british sign language", "sign language", "signing", "makaton"};
constexpr sv hearing[] = {"hi", "hearing impairment", "hearing loss", "deaf", "deafness", "hearing impaired"};
constexpr sv vision[] = {"vi", "visual impairment", "visually impaired", "sight loss", "blind", "blindness", "partially sighted"};
constexpr sv adulthood[] = {"pfa", "preparing for adulthood", "becoming an adult", "transition to adulthood",
                            "moving to adult services", "post 19"};
constexpr sv post16[] = {"post 16", "sixth form", "college", "further education", "fe college"};
constexpr sv learning_disability[] = {"ld", "learning disability", "learning disabilities", "pmld", "sld",
                                      "profound and multiple learning disabilities", "severe learning difficulties"};
constexpr sv aac[] = {"aac", "augmentative and alternative communication", "communication aid", "communication aids"};
constexpr sv continence[] = {"continence", "incontinence", "toileting", "toilet training", "bladder and bowel"};
constexpr sv cerebral_palsy[] = {"cp", "cerebral palsy"};
constexpr sv dyspraxia[] = {"dcd", "dyspraxia", "developmental coordination disorder"};
constexpr sv dyslexia[] = {"dyslexia", "spld", "specific learning difficulty", "specific learning difficulties"};
constexpr sv pda[] = {"pda", "pathological demand avoidance", "extreme demand avoidance"};
constexpr sv downs[] = {"ds", "down syndrome", "downs syndrome"};
constexpr sv childcare[] = {"childcare", "child care", "nursery", "nurseries", "preschool", "pre school", "childminder",
                            "childminders", "early years"};
constexpr sv holiday[] = {"holiday club", "holiday clubs", "holiday scheme", "summer scheme", "holiday activities", "haf"};
constexpr sv after_school[] = {"after school club", "after school", "youth club", "youth clubs"};
constexpr sv swimming[] = {"swimming", "swim", "swimming lessons"};
constexpr sv transport[] = {"transport", "travel", "school transport", "home to school transport", "taxi", "bus"};
constexpr sv travel_training[] = {"travel training", "independent travel training"};
constexpr sv social_care[] = {"social care", "social worker", "social workers", "disabled childrens team",
                              "childrens social care", "children with disabilities team", "cwd team"};
constexpr sv carers[] = {"carers assessment", "young carers", "young carer", "parent carers", "carer"};
constexpr sv parenting[] = {"parenting", "parenting course", "parenting courses", "parent support", "parenting support"};
constexpr sv forum[] = {"parent carer forum", "pcf", "parent forum"};
constexpr sv equipment[] = {"equipment", "aids and adaptations", "adaptations", "wheelchair", "wheelchairs", "hoist",
                            "mobility equipment"};
constexpr sv sleep[] = {"sleep", "sleeping", "sleep problems", "sleep support", "insomnia"};
constexpr sv employment[] = {"employment", "jobs", "job", "supported internship", "supported internships", "work experience",
                             "apprenticeship", "apprenticeships"};
constexpr sv portage[] = {"portage", "home visiting"};
constexpr sv portage_also[] = {"early years"};
constexpr sv sensory[] = {"sensory processing", "sensory needs", "sensory integration", "sensory"};
constexpr sv epilepsy[] = {"epilepsy", "seizures", "seizure"};
constexpr sv tribunal[] = {"tribunal", "appeal", "appeals", "mediation", "sendist"};
constexpr sv wheelchair_service[] = {"wheelchair service", "wheelchair services"};

constexpr std::array<SynonymGroup, 48> groups = {{
    {speech, {}},        {occupational, {}},  {physio, {}},       {autism, {}},         {adhd, {}},
    {neurodiverse, neuro_also}, {mental_health, {}}, {anxiety, anxiety_also}, {short_breaks, {}}, {ehcp, {}},
    {sendiass, {}},      {send, {}},          {ep, {}},           {senco, {}},          {dla, {}},
    {pip, {}},           {money, {}},         {bsl, {}},          {hearing, {}},        {vision, {}},
    {adulthood, {}},     {post16, {}},        {learning_disability, {}}, {aac, {}},     {continence, {}},
    {cerebral_palsy, {}}, {dyspraxia, {}},    {dyslexia, {}},     {pda, {}},            {downs, {}},
    {childcare, {}},     {holiday, {}},       {after_school, {}}, {swimming, {}},       {transport, {}},
    {travel_training, {}}, {social_care, {}}, {carers, {}},       {parenting, {}},      {forum, {}},
    {equipment, {}},     {sleep, {}},         {employment, {}},   {portage, portage_also}, {sensory, {}},
    {epilepsy, {}},      {tribunal, {}},      {wheelchair_service, {}},
}};

// Whether the member's words (single spaces between) start at words[at]; count is how many.
bool member_matches(std::string_view member, std::span<const std::string> words, std::size_t at, std::size_t& count) {
  count = 0;
  std::size_t pos = 0;
  while (pos <= member.size()) {
    auto space = member.find(' ', pos);
    std::string_view w = member.substr(pos, space == sv::npos ? sv::npos : space - pos);
    if (at + count >= words.size() || words[at + count] != w) return false;
    ++count;
    if (space == sv::npos) break;
    pos = space + 1;
  }
  return true;
}

std::vector<std::string> split(std::string_view phrase) { return words_of(phrase); }

}  // namespace

std::span<const SynonymGroup> synonym_groups() { return groups; }

SynonymMatch match_synonym(std::span<const std::string> words, std::size_t at) {
  SynonymMatch best;
  for (const auto& g : synonym_groups())
    for (sv member : g.members) {
      std::size_t n = 0;
      if (member_matches(member, words, at, n) && n > best.words) best = {&g, n};
    }
  return best;
}

std::vector<std::vector<std::string>> expansions(const SynonymGroup& group) {
  std::vector<std::vector<std::string>> out;
  for (sv m : group.members) out.push_back(split(m));
  for (sv m : group.also) out.push_back(split(m));
  return out;
}

}  // namespace sendhub::local_offer
